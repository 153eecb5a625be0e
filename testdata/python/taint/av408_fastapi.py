from fastapi import FastAPI, HTTPException
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


ARITHMETIC = set("0123456789+-*/(). ")


@app.get("/calc")
def calc(expr: str):
    if not set(expr) <= ARITHMETIC:
        raise HTTPException(status_code=400, detail="digits and operators only")
    return {"value": eval(expr)}  # ok: AV408


@app.get("/calc2")
def calc2(expr: str):
    if set(expr).issubset(ARITHMETIC):
        return {"value": eval(expr)}  # ok: AV408
    raise HTTPException(status_code=400)


@app.get("/calc3")
def calc3(expr: str):
    if set(expr) - ARITHMETIC == set():
        pass
    if set(ARITHMETIC) <= set(expr):
        return {"value": eval(expr)}  # want: AV408
    raise HTTPException(status_code=400)
