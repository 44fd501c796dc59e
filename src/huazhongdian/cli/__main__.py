"""``python -m huazhongdian.cli`` runs ``hzd``."""

from huazhongdian.cli import main

main()
