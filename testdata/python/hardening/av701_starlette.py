"""Starlette application: CORSMiddleware given in the middleware list and wrapping the app."""
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),  # want: AV701
    Middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True),  # ok: AV701
    Middleware(CORSMiddleware, allow_origins="*"),  # ok: AV701 (no credentials)
]

app = Starlette(middleware=middleware)

wrapped = CORSMiddleware(app, allow_origins=("*",), allow_credentials=True)  # want: AV701
safe = CORSMiddleware(app, allow_origins=("https://app.example.com",), allow_credentials=True)  # ok: AV701


class PlainCORS:
    """A CORS middleware whose caller picks the options: each header is set only when its own
    option asks for it."""

    def __init__(self, app, allow_origins=(), allow_credentials=False):
        allow_all = "*" in allow_origins
        headers = {}
        if allow_all:
            headers["Access-Control-Allow-Origin"] = "*"  # ok: AV701
        if allow_credentials:
            headers["Access-Control-Allow-Credentials"] = "true"
        self.app, self.headers = app, headers


def always_both(response, enabled):
    if enabled:
        response.headers["Access-Control-Allow-Origin"] = "*"  # want: AV701
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
