"""Tracking a plan from what is published after it: figures of later texts linked to its indicators."""
