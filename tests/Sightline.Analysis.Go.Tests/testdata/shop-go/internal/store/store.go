package store

import "database/sql"

type DB struct {
	conn *sql.DB
}

func Open(path string) *DB {
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		panic(err)
	}
	return &DB{conn: conn}
}

func (d *DB) Query(q string) []string {
	rows, _ := d.conn.Query("SELECT name FROM t WHERE q = ?", q)
	defer rows.Close()
	return nil
}

func (d *DB) Close() error {
	return d.conn.Close()
}
