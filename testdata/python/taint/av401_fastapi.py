from fastapi import Depends, FastAPI, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db

app = FastAPI()


@app.get("/items/{item_id}")
def read_item(item_id: str, db: Session = Depends(get_db)):
    return db.execute(text(f"SELECT * FROM items WHERE id = '{item_id}'")).all()  # want: AV401


@app.get("/items2/{item_id}")
def read_item2(item_id: int, db: Session = Depends(get_db)):
    return db.execute(text(f"SELECT * FROM items WHERE id = {item_id}")).all()  # ok: AV401


@app.get("/items3/{item_id}")
def read_item3(item_id: str, db: Session = Depends(get_db)):
    return db.execute(text("SELECT * FROM items WHERE id = :id"), {"id": item_id}).all()  # ok: AV401


@app.post("/raw")
async def raw(request: Request, db: Session = Depends(get_db)):
    body = await request.json()
    db.execute(text("DELETE FROM items WHERE owner = '" + body["owner"] + "'"))  # want: AV401
    return {}


def not_a_route(item_id: str, db: Session):
    return db.execute(text(f"SELECT * FROM items WHERE id = '{item_id}'")).all()  # ok: AV401
