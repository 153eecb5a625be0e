import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello")
def hello(name: str = "", shout: bool = False):
    if shout:
        text = html.escape(name.upper())
    else:
        text = html.escape(name)
    return HTMLResponse(f"<h1>Hello {text}</h1>")  # ok: AV403


@app.get("/hello2")
def hello2(name: str = "", shout: bool = False):
    text = name
    if shout:
        text = html.escape(name.upper())
    return HTMLResponse(f"<h1>Hello {text}</h1>")  # want: AV403


@app.get("/hello3")
def hello3(name: str = "", plain: bool = False):
    if plain:
        text = name
    else:
        text = html.escape(name)
    return HTMLResponse(f"<h1>Hello {text}</h1>")  # want: AV403


@app.get("/hello4")
def hello4(name: str = ""):
    if not name:
        text = "stranger"
    else:
        text = html.escape(name)
    return HTMLResponse(f"<h1>Hello {text}</h1>")  # ok: AV403
