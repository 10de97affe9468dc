"""The order in which each module's migrations are applied (tables referenced by foreign keys first)."""
from . import articles, corrections, facts, provenance, review, runs, search, units, views

MIGRATIONS = (
    articles.MIGRATIONS
    + provenance.MIGRATIONS
    + runs.MIGRATIONS
    + units.MIGRATIONS
    + facts.MIGRATIONS
    + corrections.MIGRATIONS
    + review.MIGRATIONS
    + search.MIGRATIONS
    + views.MIGRATIONS
)
