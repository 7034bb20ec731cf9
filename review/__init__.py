"""Human review of distilled pairs, and their export.

`distill review` opens a Textual app (`review.app.make_app`) over a queue of pairs
(`review.queue`: flagged, sample, pending, all; paged, never loaded whole; claims so two
reviewers never hold the same pair). Every key press that decides something is one
transaction in `review.decisions` that updates the pair and appends to the review log.
`distill review --auto-approve` approves mechanically, without the UI, and logs it as such.
"""
