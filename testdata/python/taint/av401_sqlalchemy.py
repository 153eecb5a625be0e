from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite://")


@app.route("/orders")
def orders():
    status = request.args["status"]
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT * FROM orders WHERE status = '{status}'")  # want: AV401
        conn.execute(text("SELECT * FROM orders WHERE status = '%s'" % status))  # want: AV401
        conn.execute(text("SELECT * FROM orders WHERE status = :s"), {"s": status})  # ok: AV401
        conn.exec_driver_sql("SELECT * FROM orders WHERE status = ?", (status,))  # ok: AV401
    return "ok"
