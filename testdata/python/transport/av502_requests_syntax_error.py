"""Broken code: tree-sitter recovers and the analyzers still see the complete statements."""
import requests


def broken(user, pw:
    requests.get("http://api.example.com/x", auth=(user, pw)  # want: AV502 (tree-sitter recovers the call)


def fine(user, pw):
    return requests.get("http://api.example.com/y", auth=(user, pw))  # want: AV502


headers = {"Authorization": f"Basic {user}:{
requests.get("https://api.example.com", verify=
