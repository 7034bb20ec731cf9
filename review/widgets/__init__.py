"""What the review screen draws, as plain functions returning rich Text."""
