"""The order in which each module's migrations are applied (tables referenced by foreign keys first)."""
from . import articles, facts, provenance, runs, search, units, views

MIGRATIONS = (
    articles.MIGRATIONS
    + provenance.MIGRATIONS
    + runs.MIGRATIONS
    + units.MIGRATIONS
    + facts.MIGRATIONS
    + search.MIGRATIONS
    + views.MIGRATIONS
)
