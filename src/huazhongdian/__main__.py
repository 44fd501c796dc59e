"""``python -m huazhongdian`` runs the CLI."""

from huazhongdian.cli import main

main()
