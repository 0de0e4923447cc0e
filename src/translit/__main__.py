from translit.cli import main
import sys

sys.exit(main())
