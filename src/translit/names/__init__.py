"""Name-variant matching across standards, languages and scripts."""
