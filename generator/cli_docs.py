"""The CLI reference in Markdown, made from the click commands themselves (README embeds it)."""

from __future__ import annotations

import click

from generator.cli import main


def cli_reference() -> str:
    """``--help`` of every command, as Markdown sections."""
    sections = []
    for name, command in _commands(main, "sdkgen"):
        # the group's context settings apply to every subcommand, as they do when run for real
        settings = {"terminal_width": 88, "max_content_width": 88, **main.context_settings}
        with click.Context(command, info_name=name, **settings) as ctx:
            sections.append(f"### `{name}`\n\n```text\n{command.get_help(ctx)}\n```\n")
    return "\n".join(sections)


def _commands(group: click.Command, prefix: str) -> list[tuple[str, click.Command]]:
    found = [(prefix, group)]
    if isinstance(group, click.Group):
        for sub_name in sorted(group.commands):
            found += _commands(group.commands[sub_name], f"{prefix} {sub_name}")
    return found


if __name__ == "__main__":
    print(cli_reference())
