"""The order in which each module's migrations are applied (tables referenced by foreign keys first)."""
from . import articles, facts, pages, runs, search, units, views

MIGRATIONS = (
    articles.MIGRATIONS
    + pages.MIGRATIONS
    + runs.MIGRATIONS
    + units.MIGRATIONS
    + facts.MIGRATIONS
    + search.MIGRATIONS
    + views.MIGRATIONS
)
