import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

app = FastAPI()


# FastAPI encodes a returned str as JSON, unless the route's response class is HTMLResponse.


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str):
    return f"Hello {name}"  # want: AV403


@app.get("/hello2")
def hello2(name: str = ""):
    return HTMLResponse("Hello " + name)  # want: AV403


@app.get("/hello3")
def hello3(name: str = ""):
    return Response(content=f"Hello {name}", media_type="text/html")  # want: AV403


# Negatives.


@app.get("/api/hello")
def api_hello(name: str):
    return f"Hello {name}"  # ok: AV403


@app.get("/api/hello2")
def api_hello2(name: str):
    return Response(content=f"Hello {name}", media_type="text/plain")  # ok: AV403


@app.get("/api/hello3")
def api_hello3(name: str):
    return PlainTextResponse(f"Hello {name}")  # ok: AV403


@app.get("/count", response_class=HTMLResponse)
def count(n: int):
    return f"Count: {n}"  # ok: AV403


@app.get("/hello-escaped", response_class=HTMLResponse)
def hello_escaped(name: str):
    return f"<p>Hello {html.escape(name)}</p>"  # ok: AV403
