"""What several test modules share: builders, clocks, ways to drive the window and the
command line. A test module imports from here (or uses a conftest fixture), never from
another test module; tests/test_import_graph.py checks that.

The servers and stores the tests run against have their own modules beside the tests
(tests/icloud_server.py, tests/pg.py, tests/local_server.py, tests/hostile_*.py, ...).
"""
