"""distill: turn a team's own documents into verified fine-tuning data and small models."""

__version__ = "0.1.0"
