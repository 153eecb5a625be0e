"""A template tokenizer: its tokens are lexical, and the module does no HTTP or crypto."""
import re

TOKEN = re.compile(r"\{\{|\}\}|[^{}]+")


def expect(tokens, expected_token):
    for token in tokens:
        if token == expected_token:  # ok: AV605
            return True
    return False
