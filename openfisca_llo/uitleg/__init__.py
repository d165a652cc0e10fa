"""Explanations: the personal overview of learning rights (and the why behind each answer)."""
