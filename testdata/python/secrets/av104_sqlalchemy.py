"""Orders database access with SQLAlchemy."""
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import create_async_engine

engine = create_engine("postgresql://orders:Sup3rS3cret@db.internal:5432/orders")  # want: AV104
reporting = create_engine("mysql+pymysql://reports:R3p0rt!ng2024@mysql.internal/reports?charset=utf8mb4")  # want: AV104
events = create_async_engine("postgresql+asyncpg://events:Ev9Kq2Lm7Xz4@events-db.internal/events")  # want: AV104
SQLALCHEMY_DATABASE_URI = "postgresql://orders:Zx8Cv5Bn2Mq9@db.internal/orders"  # want: AV104
legacy = create_engine("mssql+pyodbc://sa:password@legacy-sql.internal/erp?driver=ODBC+Driver+18")  # want: AV103
odbc = create_engine("mssql+pyodbc:///?odbc_connect=Server=sql.internal;Database=erp;UID=erp;PWD=Ws7Lq2Vx9Kz4;")  # want: AV104

engine_env = create_engine(os.environ["DATABASE_URL"])  # ok: AV104
engine_tpl = create_engine("postgresql://orders:%s@db.internal/orders" % os.environ["DB_PASSWORD"])  # ok: AV104
engine_fmt = create_engine(f"postgresql://orders:{os.environ['DB_PASSWORD']}@db.internal/orders")  # ok: AV104
engine_var = create_engine("postgresql://orders:${DB_PASSWORD}@db.internal/orders")  # ok: AV104
engine_nopw = create_engine("postgresql://orders@db.internal/orders")  # ok: AV104
engine_local = create_engine("sqlite:///orders.db")  # ok: AV104
engine_mask = create_engine("postgresql://orders:***@db.internal/orders")  # ok: AV104
url = URL.create("postgresql", username="orders", password=os.environ["DB_PASSWORD"], host="db.internal")  # ok: AV104


def connect_docs():
    """Connects with a URL such as postgresql://orders:Sup3rS3cret@db.internal/orders."""  # ok: AV104
    return create_engine(os.environ["DATABASE_URL"])
