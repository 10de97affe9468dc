"""The order in which each module's migrations are applied (tables referenced by foreign keys first)."""
from . import articles, corrections, facts, pages, provenance, review, runs, search, units, views

MIGRATIONS = (
    articles.MIGRATIONS
    + pages.MIGRATIONS
    + provenance.MIGRATIONS
    + runs.MIGRATIONS
    + units.MIGRATIONS
    + facts.MIGRATIONS
    + corrections.MIGRATIONS
    + review.MIGRATIONS
    + search.MIGRATIONS
    + views.MIGRATIONS
)
