export function checkWeblogic(): [] { return []; }
