"""``python -m newsx``: the same command as ``newsx``."""
from .cli import run

if __name__ == "__main__":
    run()
