/** Native selects styled like Input: keyboard and screen-reader behaviour come from the browser. */
export const selectClassName = 'h-10 w-full rounded-md border border-line bg-paper px-3 text-sm aria-[invalid=true]:border-danger';
