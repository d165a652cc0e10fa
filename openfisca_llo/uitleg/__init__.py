"""Explanations and receipts: why an answer is what it is (from OpenFisca's own trace), the personal
overview of learning rights, the receipt (`bewijs`) of every answer and its later check. See docs/uitleg.md."""
