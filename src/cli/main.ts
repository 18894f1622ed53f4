#!/usr/bin/env node
// The claimlog command line: one file per command, wired here.
console.log('claimlog');
