"""The rules, by what they find: roles, memberships, rankings, awards (with subjects.py: who an award
sentence's receiver is). Importing this package registers every rule in extract/grammar.py's registry."""
from . import award_history, award_money, awards, award_lists, award_events, memberships, headed, rankings, roles  # noqa: F401  (each module registers its rules; the order is the order rules apply)
