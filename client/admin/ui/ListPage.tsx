import type { ComponentChildren } from 'preact'

/** The head of an admin page: its title and a line of introduction, with the page's actions on the right. */
export function PageHead({ title, intro, children }: { title: ComponentChildren; intro?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="page-head">
      <div>
        <h1>{title}</h1>
        {intro && <p class="muted">{intro}</p>}
      </div>
      {children}
    </div>
  )
}

/** A list as a table that scrolls sideways on a narrow screen: its column headers (`''` for a column of buttons) and its rows. */
export function ListTable({ headers, name, children }: { headers: readonly string[]; name?: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table class={name ? `table ${name}` : 'table'}>
        <thead>
          <tr>
            {headers.map((header, i) => (
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
