@org.jspecify.annotations.NullMarked
package vn.doimoi.projects.proposals;
