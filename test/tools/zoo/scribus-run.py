# Runs one Scribus zoo script (ZOO_SRC) inside Scribus and prints any Python error to stderr: Scribus itself swallows
# a script's exceptions when run with -g. test/tools/zoo/scribus.ts checks stderr and the PDF (ZOO_OUT).
import os
import runpy
import sys
import traceback

try:
    runpy.run_path(os.environ['ZOO_SRC'], run_name='__main__')
except BaseException:
    sys.stderr.write('ZOO-SCRIBUS-FAILED\n' + traceback.format_exc())
    sys.stderr.flush()
