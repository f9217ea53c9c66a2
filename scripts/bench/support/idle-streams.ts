// Run as a child process by the live bench: opens N event streams and drains them quietly, as
// idle viewers' browsers do, so that reading them costs this process's CPU and not the
// bench's (whose own event loop times the saves). Prints "open <n ok>" once all are open.
export {};
const [url, cookie, count] = [process.argv[2]!, process.env.BENCH_COOKIE ?? "", Number(process.argv[3])];
const opened = await Promise.all(
  Array.from({ length: count }, async () => {
    const response = await fetch(url, { headers: { cookie } });
    const reader = response.body!.getReader();
    void (async () => {
      try {
        while (!(await reader.read()).done);
      } catch {
        // the server went away at the end
      }
    })();
    return response.ok;
  }),
);
console.log(`open ${opened.filter(Boolean).length}`);
