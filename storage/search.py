"""(to be written)"""
MIGRATIONS: list = []
