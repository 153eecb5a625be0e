from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED = {"https://app.example.com/home", "https://app.example.com/settings"}


@app.get("/continue")
def continue_to(url: str):
    return RedirectResponse(url)  # want: AV405


@app.get("/continue2")
def continue_to2(url: str):
    if url not in ALLOWED:
        return RedirectResponse("/")  # ok: AV405
    return RedirectResponse(url=url)  # ok: AV405


@app.get("/user/{name}")
def user(name: str):
    return RedirectResponse(f"https://app.example.com/users/{name}")  # ok: AV405
