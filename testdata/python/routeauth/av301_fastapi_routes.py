"""A routes module of a larger FastAPI project: the router is included by main.py, and the
authentication alias (CurrentUser = Annotated[User, Depends(get_current_user)]) lives in deps.py;
SessionDep is a database session, not a guard."""
import uuid
from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from app.api.deps import CurrentUser, SessionDep, get_current_active_superuser

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("/")
def read_projects(session: SessionDep, current_user: CurrentUser, skip: int = 0) -> Any:
    return list_projects(session, current_user, skip)


@router.post("/")  # ok: AV301
def create_project(*, session: SessionDep, current_user: CurrentUser, project_in: dict) -> Any:
    return add_project(session, current_user, project_in)


@router.delete("/{project_id}", dependencies=[Depends(get_current_active_superuser)])  # ok: AV301
def delete_project(session: SessionDep, project_id: uuid.UUID) -> Any:
    return remove_project(session, project_id)


@router.put("/{project_id}/archive")  # want: AV301
def archive_project(session: SessionDep, project_id: uuid.UUID) -> Any:
    project = session.get(Project, project_id)
    if not project:
        raise HTTPException(status_code=404, detail="Project not found")
    return archive(session, project)


@router.post("/signup")  # ok: AV301
def register_owner(session: SessionDep, body: dict) -> Any:
    return create_owner(session, body)
