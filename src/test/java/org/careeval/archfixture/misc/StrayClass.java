package org.careeval.archfixture.misc;

/** Breaks "every class lives in a known layer": misc is no layer. */
public class StrayClass {}
