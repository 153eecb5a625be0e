"""Development entry point: `python run.py`."""
from orders import create_app

app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", debug=True)  # want: AV201
