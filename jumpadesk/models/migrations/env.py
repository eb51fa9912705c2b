"""Alembic's entry point: runs the migrations on the connection jumpadesk hands over
(config.attributes["connection"]), inside the transaction jumpadesk already opened;
from the alembic command line, on the ini file's URL."""

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel, create_engine

from jumpadesk.models import tables  # noqa: F401  (registers the tables)

config = context.config
connection = config.attributes.get("connection")


def run(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=SQLModel.metadata,
        render_as_batch=conn.dialect.name == "sqlite",  # SQLite alters tables by copying
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("alembic.ini names no sqlalchemy.url to migrate")
    engine = create_engine(url)
    with engine.connect() as conn:
        run(conn)
        conn.commit()
