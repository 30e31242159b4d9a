import React, { useState } from 'react';
import { template } from 'lodash';

type Props = { name: string; total: number };

function Line({ label }: { label: string }) {
  return <li className="line">{label}</li>;
}

export function Receipt({ name, total }: Props) {
  const [open, setOpen] = useState<boolean>(false);
  const text = template('<%= name %>')({ name });
  return (
    <div onClick={() => setOpen(!open)}>
      <Line label={text} />
      {open && <span>{total.toFixed(2)}</span>}
    </div>
  );
}
