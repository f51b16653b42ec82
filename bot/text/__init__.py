"""Pure text utilities shared by every part (standard library only, no project imports):
accent folding, the yes/no vocabulary, SMS segments and paging."""
