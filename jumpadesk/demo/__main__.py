"""`python -m jumpadesk.demo`: run the demo server until Ctrl+C."""

from jumpadesk.demo import main

main()
