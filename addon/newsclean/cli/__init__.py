"""The `newsclean` command: clean, check, explain, run."""
