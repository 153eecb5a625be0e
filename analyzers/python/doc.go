// Package python is apivet's Python front end: a small framework that mirrors go/analysis
// (Analyzer, Pass, Diagnostic) over tree-sitter syntax trees, plus helpers that read Python the way
// the rule families need it (calls, keyword arguments, constants, imports).
//
// A File is parsed once; its nodes of the kinds that the enabled analyzers ask for are collected
// in one iterative walk (so deeply nested code cannot overflow a stack), and every analyzer runs
// over the same tree.
package python
