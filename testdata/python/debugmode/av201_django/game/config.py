"""Tuning for the snake game: a DEBUG constant, but no settings module."""
DEBUG = True  # ok: AV201
FPS = 60
GRID = (32, 24)
