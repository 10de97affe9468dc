"""The rules, one module per concern; each registers itself with extract.grammar.rule."""
