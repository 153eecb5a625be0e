from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Formula(BaseModel):
    expression: str
    scale: int


@app.post("/evaluate")
def evaluate(formula: Formula):
    value = eval(formula.expression)  # want: AV408
    scaled = eval(f"{formula.scale} * 2")  # ok: AV408
    return {"value": value, "scaled": scaled}
