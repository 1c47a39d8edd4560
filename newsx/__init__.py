"""newsx: saved news pages in, clean articles out.

>>> import newsx
>>> art = newsx.extract(open("page.html", "rb").read())
>>> art.title, art.date, art.authors
"""
from .model import Article, Block, Page, Paragraph
from .pipeline import analyse, extract

__version__ = "0.1.0"

__all__ = ["Article", "Block", "Page", "Paragraph", "analyse", "extract", "__version__"]
