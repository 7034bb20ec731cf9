"""The screens of `distill review`: the review screen and its modal dialogs, one per module."""
