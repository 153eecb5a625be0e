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
